namespace OrchardGov.ContentManagement.Contents;

/// <summary>What importing a content item version did.</summary>
public enum ImportOutcome
{
    Created,
    Updated,

    /// <summary>The stored version already had exactly this JSON.</summary>
    Unchanged,
}
