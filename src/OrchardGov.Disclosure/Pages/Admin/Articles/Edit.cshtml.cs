using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Admin;
using OrchardGov.Disclosure.Admin.Articles;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Editing;

namespace OrchardGov.Disclosure.Pages.Admin.Articles;

/// <summary>
/// One article's form. Saving, publishing, submitting and scheduling first save the form as the draft, all in one
/// transaction: a refused file or a refused step leaves nothing saved. Reviewers approve or return a submitted article.
/// </summary>
// Several attachments of up to 50 MB each go in one form.
[RequestFormLimits(MultipartBodyLengthLimit = 512L * 1024 * 1024)]
[RequestSizeLimit(512L * 1024 * 1024)]
public sealed class EditModel(
    ContentStore store, ArticleForm form, ArticleEditor editor, ArticlePublisher publisher, ArticleReview review, AttachmentUploads uploads)
    : SiteAdminPageModel
{
    protected override string? Feature => Manifest.Disclosure.Id;

    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    public ArticleFormData Data { get; private set; } = null!;

    public string? Error { get; private set; }

    protected override SitePermission PermissionFor(string method, string? handler) =>
        handler is "Approve" or "Return" ? SitePermission.Review : base.PermissionFor(method, handler);

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        await using var session = store.OpenSession(Site.Id);
        if (await form.LoadAsync(session, id) is not { } data)
        {
            return NotFound();
        }

        Data = data;
        Input = data.Stored is { } stored ? ArticleInput.From(stored) : new ArticleInput();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string? id) => SaveThenAsync(id, (_, _) => Task.FromResult("草稿已保存。"));

    public Task<IActionResult> OnPostPublishAsync(string? id) => SaveThenAsync(id, async (session, articleId) =>
        $"已发布，索引号 {(await publisher.PublishAsync(session, articleId)).IndexNumber}。");

    public Task<IActionResult> OnPostSubmitAsync(string? id) => SaveThenAsync(id, async (session, articleId) =>
    {
        await review.SubmitAsync(session, articleId);
        return "已提交审核，等待上级审核。";
    });

    public Task<IActionResult> OnPostScheduleAsync(string? id) => SaveThenAsync(id, async (session, articleId) =>
    {
        await publisher.ScheduleAsync(session, articleId, Input.ScheduleUtc);
        return Input.ScheduleAt is { } at ? $"将于 {at:yyyy-MM-dd HH:mm}（北京时间）自动发布。" : "已取消定时发布。";
    });

    public Task<IActionResult> OnPostUnpublishAsync(string id) => ActAsync(id, async session =>
    {
        await publisher.UnpublishAsync(session, id);
        return "已撤下，公众不再能看到这篇文章。";
    });

    public Task<IActionResult> OnPostApproveAsync(string id) => ActAsync(id, async session =>
        $"审核通过，已发布，索引号 {(await review.ApproveAsync(session, id)).IndexNumber}。");

    public Task<IActionResult> OnPostReturnAsync(string id, string? reason) => ActAsync(id, async session =>
    {
        await review.ReturnAsync(session, id, reason ?? "");
        return "已退回编辑修改。";
    });

    private async Task<IActionResult> SaveThenAsync(string? id, Func<ContentSession, string, Task<string>> then)
    {
        var cancellationToken = HttpContext.RequestAborted;
        IReadOnlyList<string> stored = [];
        try
        {
            await uploads.CheckAllAsync(Uploads, cancellationToken);
            await using var session = store.OpenSession(Site.Id);
            var current = id is null ? null : ArticleContent.Read(await ArticleEditor.LatestAsync(session, id));
            stored = await uploads.StoreAsync(Site, Uploads, cancellationToken);
            var saved = await editor.SaveDraftAsync(session, Input.ToArticle(current, stored) with { ContentItemId = id ?? "" });
            var notice = await then(session, saved.ContentItemId);
            await session.CommitAsync();
            TempData["Notice"] = notice;
            return Redirect($"/admin/{Site.Code}/articles/edit/{saved.ContentItemId}");
        }
        catch (UserInputException problem)
        {
            uploads.Remove(Site, stored);
            return await ShowAsync(id, problem.Message);
        }
        catch
        {
            uploads.Remove(Site, stored);
            throw;
        }
    }

    private async Task<IActionResult> ActAsync(string id, Func<ContentSession, Task<string>> act)
    {
        try
        {
            await using var session = store.OpenSession(Site.Id);
            var notice = await act(session);
            await session.CommitAsync();
            TempData["Notice"] = notice;
            return Redirect($"/admin/{Site.Code}/articles/edit/{id}");
        }
        catch (UserInputException problem)
        {
            return await ShowAsync(id, problem.Message, keepInput: false);
        }
    }

    /// <summary>The form again, with what the editor typed and what went wrong.</summary>
    private async Task<IActionResult> ShowAsync(string? id, string error, bool keepInput = true)
    {
        await using var session = store.OpenSession(Site.Id);
        if (await form.LoadAsync(session, id) is not { } data)
        {
            return NotFound();
        }

        Data = data;
        Error = error;
        if (!keepInput && data.Stored is { } stored)
        {
            Input = ArticleInput.From(stored);
        }

        return Page();
    }
}
