namespace OrchardGov.ContentManagement.Audit;

/// <summary>Tells the audit trail who is acting now; the web host answers with the signed-in person.</summary>
public interface IAuditActorSource
{
    AuditActor Current { get; }
}
