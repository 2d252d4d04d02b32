using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Disclosure.Tests.Services.Search;

public sealed class ChangeLogCursorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    [Fact]
    public void Lines_read_in_order_move_the_position_to_the_last()
    {
        var cursor = new ChangeLogCursor(10, Patience);

        cursor.Read([11, 12, 13], Now);

        Assert.Equal(13, cursor.Position);
        Assert.Empty(cursor.Gaps);
    }

    [Fact]
    public void A_line_not_yet_committed_holds_the_position_below_it_until_it_turns_up()
    {
        var cursor = new ChangeLogCursor(10, Patience);

        cursor.Read([11, 13, 14], Now);
        Assert.Equal(14, cursor.ReadUpTo);
        Assert.Equal(11, cursor.Position);
        Assert.Equal([12L], cursor.Gaps);

        cursor.Read([12], Now.AddSeconds(1));
        Assert.Equal(14, cursor.Position);
        Assert.Empty(cursor.Gaps);
    }

    [Fact]
    public void A_line_of_a_rolled_back_transaction_is_given_up_after_the_patience()
    {
        var cursor = new ChangeLogCursor(10, Patience);
        cursor.Read([11, 15], Now);

        cursor.Expire(Now.AddMinutes(9));
        Assert.Equal(11, cursor.Position);

        cursor.Expire(Now.AddMinutes(11));
        Assert.Equal(15, cursor.Position);
    }

    [Fact]
    public void A_huge_jump_keeps_only_the_newest_gaps()
    {
        var cursor = new ChangeLogCursor(0, Patience);

        cursor.Read([1, ChangeLogCursor.MaxGaps * 3L], Now);

        Assert.Equal(ChangeLogCursor.MaxGaps, cursor.Gaps.Count);
        Assert.Equal(ChangeLogCursor.MaxGaps * 2L - 1, cursor.Position);
    }
}
