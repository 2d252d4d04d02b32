namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// Where a reader of the content change log stands. Line ids are handed out when a transaction writes, not when it
/// commits, so a line may appear after lines with higher ids (two editors publishing at once on PostgreSQL), and a
/// rolled-back transaction leaves an id that never appears. Ids skipped over are kept as gaps and looked for again
/// until they turn up or have been missing longer than any transaction lasts. <see cref="Position"/>, the point
/// everything up to which has been read, stays below the oldest gap: reading again from there after a restart
/// misses nothing.
/// </summary>
public sealed class ChangeLogCursor(long position, TimeSpan patience)
{
    /// <summary>More gaps than this (a huge rolled-back import) are given up oldest first.</summary>
    public const int MaxGaps = 100_000;

    private readonly SortedDictionary<long, DateTimeOffset> _gaps = [];

    /// <summary>The highest line id read.</summary>
    public long ReadUpTo { get; private set; } = position;

    /// <summary>Every line up to here has been read or given up.</summary>
    public long Position => _gaps.Count == 0 ? ReadUpTo : _gaps.Keys.First() - 1;

    public IReadOnlyCollection<long> Gaps => _gaps.Keys;

    /// <summary>Notes lines read after <see cref="ReadUpTo"/> (ascending) and the ids they skip over.</summary>
    public void Read(IEnumerable<long> ids, DateTimeOffset now)
    {
        foreach (var id in ids)
        {
            if (id <= ReadUpTo)
            {
                _gaps.Remove(id);
                continue;
            }

            for (var missing = Math.Max(ReadUpTo + 1, id - MaxGaps); missing < id; missing++)
            {
                _gaps[missing] = now;
            }

            ReadUpTo = id;
        }

        while (_gaps.Count > MaxGaps)
        {
            _gaps.Remove(_gaps.Keys.First());
        }
    }

    /// <summary>Gives up the gaps missing for longer than the patience: their transactions rolled back.</summary>
    public void Expire(DateTimeOffset now)
    {
        foreach (var id in _gaps.Where(gap => now - gap.Value > patience).Select(gap => gap.Key).ToList())
        {
            _gaps.Remove(id);
        }
    }
}
