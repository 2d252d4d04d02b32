namespace OrchardGov.ContentManagement.Audit;

/// <summary>Outside a web request the actor is the command line (the operator's account name).</summary>
public sealed class CommandLineActor : IAuditActorSource
{
    public AuditActor Current => AuditActor.CommandLine;
}
