using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;

namespace OrchardGov.Disclosure.Admin;

/// <summary>The reviewer's queue in the admin's main menu.</summary>
public sealed class DisclosureMainMenu : IAdminMainMenu
{
    public IEnumerable<AdminMenuItem> Items { get; } = [new("待我审核", "/admin/reviews", SitePermission.Review, 10)];
}
