namespace OrchardGov.ContentManagement.Media;

/// <summary>A recognisable start of a file's content, and what to call a file that starts that way ("PNG 图片").</summary>
internal sealed record HeadSignature(string Looks, Func<ReadOnlySpan<byte>, bool> Matches);
