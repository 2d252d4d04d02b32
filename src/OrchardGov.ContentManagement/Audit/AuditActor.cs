namespace OrchardGov.ContentManagement.Audit;

/// <summary>Who is acting and from where: a signed-in person and their address, or the command line.</summary>
public sealed record AuditActor(string UserName, string? UserId, string? Address)
{
    public static AuditActor CommandLine { get; } = new($"命令行({Environment.UserName})", null, "localhost");
}
