namespace OrchardGov.ContentManagement.Accounts;

/// <summary>A person who signs in to administer the platform.</summary>
public sealed class UserAccount
{
    public int Id { get; set; }
    public required string UserName { get; set; }
    public required string PasswordHash { get; set; }
    public bool IsPlatformAdmin { get; set; }
    public DateTime CreatedUtc { get; set; }
}
