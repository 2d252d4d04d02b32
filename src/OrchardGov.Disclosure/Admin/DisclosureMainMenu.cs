using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;

namespace OrchardGov.Disclosure.Admin;

/// <summary>The reviewer's queue and, for platform administrators, the working-day calendar in the admin's main menu.</summary>
public sealed class DisclosureMainMenu : IAdminMainMenu
{
    public IEnumerable<AdminMenuItem> Items { get; } =
    [
        new("待我审核", "/admin/reviews", SitePermission.Review, 10),
        new("节假日安排", "/admin/calendar", SitePermission.ManageSite, 20) { PlatformOnly = true },
    ];
}
