namespace WorkflowDms.Domain.Inbox;

/// <summary>
/// One engine step of a workflow instance: the elements its tokens entered and the sequence flows they took, in
/// order. Append-only, one row per step (not per element) so a claim's intake adds one small insert; the case
/// view unions the rows to mark the path taken on the diagram.
/// </summary>
public class InstanceHistoryStep
{
    /// <summary>Separates ids in <see cref="Elements"/> and <see cref="Flows"/>; BPMN ids (XML NCNames) never contain it.</summary>
    public const char Separator = ' ';

    private InstanceHistoryStep()
    {
        Elements = "";
        Flows = "";
    }

    /// <summary>Database-generated, increasing: the order of the steps.</summary>
    public long Id { get; private set; }

    public Guid InstanceId { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>Element ids entered, space-separated, in order (a called process's elements as <c>processId/elementId</c>).</summary>
    public string Elements { get; private set; }

    /// <summary>Sequence-flow ids taken, space-separated, in order.</summary>
    public string Flows { get; private set; }

    public static InstanceHistoryStep Record(Guid instanceId, IEnumerable<string> elements, IEnumerable<string> flows, DateTime at) => new()
    {
        InstanceId = instanceId,
        At = at,
        Elements = string.Join(Separator, elements),
        Flows = string.Join(Separator, flows),
    };

    public IEnumerable<string> ElementIds() => Elements.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    public IEnumerable<string> FlowIds() => Flows.Split(Separator, StringSplitOptions.RemoveEmptyEntries);
}
