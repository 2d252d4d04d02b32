namespace OrchardGov.ContentManagement.Storage;

public static class DocumentTypes
{
    public const string ContentItem = "ContentItem";
    public const string ContentDefinition = "ContentDefinition";
}
