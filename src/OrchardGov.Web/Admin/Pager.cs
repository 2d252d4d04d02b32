namespace OrchardGov.Web.Admin;

/// <summary>Which page of a long list is shown, and the address of every other page.</summary>
public sealed record Pager(string Label, int Current, int Count, Func<int, string> UrlFor)
{
    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>An address with the given query values; empty ones are left out.</summary>
    public static string Url(string path, params (string Name, string? Value)[] query) =>
        path + QueryString.Create(query.Where(pair => !string.IsNullOrEmpty(pair.Value))
            .Select(pair => KeyValuePair.Create(pair.Name, pair.Value)));
}
