namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>
/// What a refused request could have changed, read straight from the database: any change to a site's content,
/// features or settings raises its ContentStamp; every change the admin makes adds an audit entry; documents,
/// features, people and roles are counted in case a change slipped past both.
/// </summary>
public sealed record StoreFingerprint(
    long Sites, long ContentStamps, long AuditEntries, long Documents, long LastDocumentId, long DocumentCharacters,
    long EnabledFeatures, long People, long Roles);
