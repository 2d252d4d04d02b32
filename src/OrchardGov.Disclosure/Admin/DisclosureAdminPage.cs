using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Contents;

namespace OrchardGov.Disclosure.Admin;

/// <summary>
/// An admin page of the Disclosure module: it answers only on sites with the module, and runs each change in one
/// session that is committed only when the services accept it, so a refused change leaves nothing behind.
/// </summary>
public abstract class DisclosureAdminPage : SiteAdminPageModel
{
    protected override string? Feature => Manifest.Disclosure.Id;

    /// <summary>The refusal of the last change, in the words of the rule that refused it.</summary>
    public string? Error { get; protected set; }

    protected ContentSession OpenSession() => HttpContext.RequestServices.GetRequiredService<ContentStore>().OpenSession(Site.Id);

    /// <summary>Runs a change and commits it; a refusal or a concurrent conflicting change leaves its message in <see cref="Error"/> and commits nothing.</summary>
    protected async Task<bool> TryChangeAsync(Func<ContentSession, Task> change)
    {
        await using var session = OpenSession();
        try
        {
            await change(session);
            await session.CommitAsync();
            return true;
        }
        catch (UserInputException refused)
        {
            Error = refused.Message;
            return false;
        }
        catch (ContentConflictException)
        {
            Error = "同一内容刚被他人修改，请刷新页面后再试。";
            return false;
        }
    }

    protected void Notify(string message) => TempData["Message"] = message;
}
