using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Domain.Tests.Auditing;

public class AuditChainTests
{
    [Fact]
    public void Append_NumbersFromOneAndLinksEachEntryToThePrevious()
    {
        var (entries, head) = AuditTestChain.Build(3);

        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(AuditHead.GenesisHash, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        Assert.Equal((3L, entries[2].Hash), (head.LastSequence, head.LastHash));
        Assert.All(entries, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
    }

    [Fact]
    public void Append_SameInput_SameHash()
    {
        var a = AuditTestChain.Append(AuditHead.Genesis(), 0);
        var b = AuditTestChain.Append(AuditHead.Genesis(), 0);

        Assert.Equal(a.Hash, b.Hash);
    }

    [Fact]
    public void Append_KnownVector_IsStable()
    {
        // Pins the canonical encoding: changing it silently would orphan every stored chain.
        var entry = AuditChain.Append(AuditHead.Genesis(), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "system", "engine", AuditAction.WorkflowStarted, "workflow:1", "/HQ/", "{}");

        Assert.Equal("2026-01-01T00:00:00.000000Z", entry.At.ToString(AuditHasher.TimestampFormat, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(AuditHashVector, entry.Hash);
    }

    [Fact]
    public void Append_MovingTextBetweenFields_ChangesTheHash()
    {
        var a = AuditChain.Append(AuditHead.Genesis(), TestData.Now, "user", "ab", AuditAction.TaskClaimed, "c", "/HQ/", "{}");
        var b = AuditChain.Append(AuditHead.Genesis(), TestData.Now, "user", "a", AuditAction.TaskClaimed, "bc", "/HQ/", "{}");

        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Append_TruncatesToMicrosecondsInUtc()
    {
        var at = new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc).AddTicks(1_234_567);

        var entry = AuditChain.Append(AuditHead.Genesis(), at, "system", "x", AuditAction.TimerFired, "s", "/HQ/", "{}");

        Assert.Equal(at.AddTicks(-7), entry.At);
        Assert.Equal(DateTimeKind.Utc, entry.At.Kind);
    }

    [Fact]
    public void Append_UnspecifiedKind_IsTakenAsUtc()
    {
        var at = new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Unspecified);

        var entry = AuditChain.Append(AuditHead.Genesis(), at, "system", "x", AuditAction.TimerFired, "s", "/HQ/", "{}");

        Assert.Equal((DateTimeKind.Utc, at.Ticks), (entry.At.Kind, entry.At.Ticks));
    }

    [Fact]
    public void Append_LargeDataJson_GrowsTheBuffer()
    {
        var data = "{\"x\":\"" + new string('é', 100_000) + "\"}";

        var entry = AuditChain.Append(AuditHead.Genesis(), TestData.Now, "system", "x", AuditAction.RulesEvaluated, "s", "/HQ/", data);

        Assert.True(AuditVerifier.Verify([entry], HeadAt(entry)).IsValid);
    }

    private static AuditHead HeadAt(AuditEntry entry)
    {
        var head = AuditHead.Genesis();
        head.Advance(entry.Sequence, entry.Hash);
        return head;
    }

    /// <summary>Computed independently (Python hashlib over the encoding documented in ADR 0005).</summary>
    private const string AuditHashVector = "43ecda211c1e202162b9eedbab22a322f464ef61a0b7c273b5b1bcf4de2121f1";
}
