namespace OrchardGov.Disclosure.Services.Review;

/// <summary>One field of a catalog entry that differs between two versions, named and shown as the catalog table shows it.</summary>
public sealed record FieldChange(string Field, string Before, string After);
