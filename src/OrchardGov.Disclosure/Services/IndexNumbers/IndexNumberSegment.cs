namespace OrchardGov.Disclosure.Services.IndexNumbers;

/// <summary>One piece of a 索引号规则: literal text, or a segment such as {yyyy} as the rule wrote it.</summary>
internal readonly record struct IndexNumberSegment(IndexNumberSegmentKind Kind, string Text)
{
    public int SerialDigits => Kind == IndexNumberSegmentKind.Serial ? Text.Length - 2 : 0;
}
