using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Audit;

/// <summary>
/// Records who changed what. A change to a site's content is recorded in the change's own transaction, so a
/// change that fails leaves no record and a record never lacks its change.
/// </summary>
public sealed class AuditTrail(StoreContextFactory contexts, IAuditActorSource actors, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Adds the record to the session: it is written when the session commits.</summary>
    public void Record(ContentSession session, AuditRecord record) => session.Db.Add(ToEntry(session.SiteId, record));

    /// <summary>Writes a record on its own (sign-ins, people, sites): <paramref name="siteId"/> null for platform events.</summary>
    public async Task RecordAsync(int? siteId, AuditRecord record, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        db.Add(ToEntry(siteId, record));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.Set<AuditEntry>().AsNoTracking();
        if (query.SiteIds is { } siteIds)
        {
            rows = query.IncludePlatformEvents
                ? rows.Where(e => e.SiteId == null || siteIds.Contains(e.SiteId.Value))
                : rows.Where(e => e.SiteId != null && siteIds.Contains(e.SiteId.Value));
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            rows = rows.Where(e => e.UserName.Contains(query.UserName.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            rows = rows.Where(e => e.Action.StartsWith(query.Action.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            rows = rows.Where(e => e.Subject.Contains(text) || (e.SubjectId != null && e.SubjectId == text));
        }

        if (query.FromUtc is { } from)
        {
            rows = rows.Where(e => e.AtUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            rows = rows.Where(e => e.AtUtc < to);
        }

        var total = await rows.CountAsync(cancellationToken);
        var entries = await rows.OrderByDescending(e => e.Id).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return (entries, total);
    }

    public static string? ToJson(object? value) => value is null ? null : JsonSerializer.Serialize(value, Json);

    private AuditEntry ToEntry(int? siteId, AuditRecord record)
    {
        var actor = actors.Current;
        return new AuditEntry
        {
            SiteId = siteId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserName = actor.UserName,
            UserId = actor.UserId,
            Address = actor.Address,
            Action = record.Action,
            SubjectId = record.SubjectId,
            Subject = record.Subject.Length > 400 ? record.Subject[..400] : record.Subject,
            Before = ToJson(record.Before),
            After = ToJson(record.After),
        };
    }
}
