using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrchardGov.Disclosure.Services.Compliance.Calendar;

/// <summary>The platform's table of loaded holiday years, one row per year (not per site: the State Council's notice holds everywhere).</summary>
internal sealed class HolidayYearRecordConfiguration : IEntityTypeConfiguration<HolidayYearRecord>
{
    public const string Table = "HolidayYears";

    public void Configure(EntityTypeBuilder<HolidayYearRecord> record)
    {
        record.ToTable(Table);
        record.HasKey(r => r.Year);
        record.Property(r => r.Year).ValueGeneratedNever();
        record.Property(r => r.LoadedBy).HasMaxLength(255);
    }
}
