namespace OrchardGov.ContentManagement.Storage;

/// <summary>The database is misconfigured or out of reach; the message says which setting or server, and why.</summary>
public sealed class StoreConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
