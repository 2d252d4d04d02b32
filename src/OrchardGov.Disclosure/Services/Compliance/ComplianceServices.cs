using Microsoft.Extensions.DependencyInjection;
using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Services.Compliance;

public static class ComplianceServices
{
    public static IServiceCollection AddCompliance(this IServiceCollection services) => services
        .AddSingleton<HolidayYearStore>()
        .AddSingleton<DeadlineRulesStore>()
        .AddSingleton<SiteFactsReader>()
        .AddSingleton<ComplianceReports>();
}
