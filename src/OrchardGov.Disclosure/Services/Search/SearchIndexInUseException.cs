using Lucene.Net.Store;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>Another process (a second web process on this machine, a CLI rebuild) has the index folder open.</summary>
public sealed class SearchIndexInUseException(string folder, Exception inner) : LockObtainFailedException(
    $"The search index folder {folder} is in use by another process. Each process needs a folder of its own (OrchardGov:Search:Folder).", inner)
{
    public string Folder { get; } = folder;
}
