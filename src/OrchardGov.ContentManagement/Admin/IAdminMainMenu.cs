namespace OrchardGov.ContentManagement.Admin;

/// <summary>
/// How a module adds pages that serve no one site to the admin's main menu (a reviewer's queue, say); each is
/// shown to people who hold its permission on some site.
/// </summary>
public interface IAdminMainMenu
{
    IEnumerable<AdminMenuItem> Items { get; }
}
