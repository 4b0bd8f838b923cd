using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Domain.Tests.Auditing;

public class AuditVerifierTests
{
    [Fact]
    public void Verify_IntactChain_IsValid()
    {
        var (entries, head) = AuditTestChain.Build(50);

        var result = AuditVerifier.Verify(entries, head);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(50, result.EntriesChecked);
    }

    [Fact]
    public void Verify_EmptyChainWithGenesisHead_IsValid() =>
        Assert.True(AuditVerifier.Verify([], AuditHead.Genesis()).IsValid);

    [Fact]
    public void Verify_EditedRow_ReportsHashMismatchAtThatRow()
    {
        var (entries, head) = AuditTestChain.Build(10);
        entries[4] = AuditTestChain.WithData(entries[4], "{\"total\":99}");

        var result = AuditVerifier.Verify(entries, head);

        Assert.Equal((AuditBreak.HashMismatch, 5L, 4L), (result.Break, result.BrokenAtSequence!.Value, result.EntriesChecked));
    }

    [Fact]
    public void Verify_DeletedMiddleRow_ReportsTheMissingSequence()
    {
        var (entries, head) = AuditTestChain.Build(10);
        entries.RemoveAt(6);

        var result = AuditVerifier.Verify(entries, head);

        Assert.Equal((AuditBreak.SequenceGap, 7L), (result.Break, result.BrokenAtSequence!.Value));
    }

    [Fact]
    public void Verify_DeletedFirstRow_ReportsSequenceOne()
    {
        var (entries, head) = AuditTestChain.Build(3);
        entries.RemoveAt(0);

        Assert.Equal(1L, AuditVerifier.Verify(entries, head).BrokenAtSequence);
    }

    [Fact]
    public void Verify_DeletedTail_ReportsHeadMismatchAtTheFirstMissingSequence()
    {
        var (entries, head) = AuditTestChain.Build(10);
        entries.RemoveRange(8, 2);

        var result = AuditVerifier.Verify(entries, head);

        Assert.Equal((AuditBreak.HeadMismatch, 9L, 8L), (result.Break, result.BrokenAtSequence!.Value, result.EntriesChecked));
    }

    [Fact]
    public void Verify_RowDeletedAndRenumbered_ReportsBrokenLink()
    {
        // Deleting entry 5 and renumbering the rest hides the gap but not the hash link.
        var chain = AuditTestChain.Build(6);
        var entries = chain.Entries.Take(4).ToList();

        entries.Add(AuditTestChain.WithSequence(chain.Entries[5], 5));

        var result = AuditVerifier.Verify(entries, chain.Head);

        Assert.Equal((AuditBreak.PreviousHashMismatch, 5L), (result.Break, result.BrokenAtSequence!.Value));
    }

    [Fact]
    public void Verify_NoHead_ReportsMissingHead() =>
        Assert.Equal(AuditBreak.MissingHead, AuditVerifier.Verify(AuditTestChain.Build(2).Entries, null).Break);

    [Fact]
    public async Task VerifyAsync_StreamsAndStopsAtTheFirstBreak()
    {
        var (entries, head) = AuditTestChain.Build(20);
        entries[2] = AuditTestChain.WithData(entries[2], "{}");

        var result = await AuditVerifier.VerifyAsync(entries.ToAsyncEnumerable(), head, TestContext.Current.CancellationToken);

        Assert.Equal((AuditBreak.HashMismatch, 3L, 2L), (result.Break, result.BrokenAtSequence!.Value, result.EntriesChecked));
    }

    [Fact]
    public void Verify_TimeEditedBelowAMicrosecond_IsAHashMismatch()
    {
        var (entries, head) = AuditTestChain.Build(3);
        var e = entries[1];
        entries[1] = new AuditEntry(e.Sequence, e.At.AddTicks(3), e.ActorKind, e.Actor, e.Action, e.Subject, e.OrgPath, e.DataJson, e.PreviousHash, e.Hash);

        Assert.Equal((AuditBreak.HashMismatch, 2L), (AuditVerifier.Verify(entries, head).Break, AuditVerifier.Verify(entries, head).BrokenAtSequence!.Value));
    }

    [Fact]
    public async Task VerifyAsync_ManyBatches_ReportsABreakInAnEarlierBatchBeforeALaterGap()
    {
        var (entries, head) = AuditTestChain.Build(20_000);
        entries[5_000] = AuditTestChain.WithData(entries[5_000], "{}");
        entries.RemoveAt(15_000);

        var result = await AuditVerifier.VerifyAsync(entries.ToAsyncEnumerable(), head, TestContext.Current.CancellationToken);

        Assert.Equal((AuditBreak.HashMismatch, 5_001L, 5_000L), (result.Break, result.BrokenAtSequence!.Value, result.EntriesChecked));
    }

    [Fact]
    public async Task VerifyAsync_ManyBatches_IntactChainIsValidAndCountsEveryEntry()
    {
        var (entries, head) = AuditTestChain.Build(10_000);

        var result = await AuditVerifier.VerifyAsync(entries.ToAsyncEnumerable(), head, TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(10_000, result.EntriesChecked);
    }

    [Fact]
    public async Task VerifyAsync_GapAfterSeveralBatches_CountsTheEntriesBeforeIt()
    {
        var (entries, head) = AuditTestChain.Build(10_000);
        entries.RemoveAt(9_000);

        var result = await AuditVerifier.VerifyAsync(entries.ToAsyncEnumerable(), head, TestContext.Current.CancellationToken);

        Assert.Equal((AuditBreak.SequenceGap, 9_001L, 9_000L), (result.Break, result.BrokenAtSequence!.Value, result.EntriesChecked));
    }
}
