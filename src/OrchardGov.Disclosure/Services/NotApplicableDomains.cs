using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services;

/// <summary>
/// 未涉及领域事项说明: a township marks a domain it does not handle, with the reason the public will read; the
/// domain's columns are hidden and its catalog shows the note. Clearing the mark shows them again.
/// </summary>
public sealed class NotApplicableDomains(AuditTrail audit)
{
    /// <param name="publish">False keeps the change a draft, for the catalog's review to publish.</param>
    public async Task<Domain> MarkAsync(ContentSession session, string domainKey, string? reason, bool publish = true)
    {
        if (reason is not null && string.IsNullOrWhiteSpace(reason))
        {
            throw new UserInputException("A domain marked 未涉及 needs a reason the public can read (未涉及领域事项说明).");
        }

        var page = await session.QueryAsync(new ContentQuery { ContentType = DisclosureTypes.Domain, Version = VersionOptions.Latest, Take = 1000 });
        var item = page.Items.FirstOrDefault(i => DomainContent.Read(i).Key == domainKey)
            ?? throw new UserInputException(
                $"The site has no domain '{domainKey}'. Its domains: {string.Join(", ", page.Items.Select(i => $"{DomainContent.Read(i).Key} ({i.DisplayText})"))}.");
        var draft = await session.GetOrCreateDraftAsync(item.ContentItemId);
        DomainContent.SetNotApplicable(draft, reason?.Trim());
        session.Update(draft);
        if (publish)
        {
            await session.PublishAsync(draft);
        }

        audit.Record(session, new AuditRecord("catalog.domain", item.ContentItemId, $"领域 {item.DisplayText}",
            After: new { NotApplicable = reason is not null, Reason = reason?.Trim() }));
        return DomainContent.Read(draft);
    }
}
