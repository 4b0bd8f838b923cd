using System.Globalization;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Domain.Tests.Auditing;

/// <summary>Builds chains of realistic entries for verifier tests.</summary>
internal static class AuditTestChain
{
    public static (List<AuditEntry> Entries, AuditHead Head) Build(int count)
    {
        var head = AuditHead.Genesis();
        var entries = new List<AuditEntry>(count);
        for (var i = 0; i < count; i++)
        {
            entries.Add(Append(head, i));
        }

        return (entries, head);
    }

    public static AuditEntry Append(AuditHead head, int i) =>
        AuditChain.Append(
            head,
            TestData.Now.AddTicks(i * 10L),
            AuditActorKinds.Dealer,
            "D1001",
            AuditAction.ClaimSubmitted,
            "claim:" + i.ToString(CultureInfo.InvariantCulture),
            "/HQ/R1/B11/D1001/",
            "{\"total\":27100,\"status\":\"PendingReview\"}");

    /// <summary>A copy of <paramref name="entry"/> with one field changed, the way a direct UPDATE would.</summary>
    public static AuditEntry WithData(AuditEntry entry, string dataJson) =>
        new(entry.Sequence, entry.At, entry.ActorKind, entry.Actor, entry.Action, entry.Subject, entry.OrgPath, dataJson, entry.PreviousHash, entry.Hash);

    /// <summary>A copy of <paramref name="entry"/> under another sequence number, hash untouched.</summary>
    public static AuditEntry WithSequence(AuditEntry entry, long sequence) =>
        new(sequence, entry.At, entry.ActorKind, entry.Actor, entry.Action, entry.Subject, entry.OrgPath, entry.DataJson, entry.PreviousHash, entry.Hash);
}
