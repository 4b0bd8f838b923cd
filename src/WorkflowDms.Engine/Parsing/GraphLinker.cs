using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing;

/// <summary>
/// Links flows, boundary events and default flows to their nodes and pre-indexes outgoing flows and boundary
/// events per node, so the executor follows arrays instead of searching the graph.
/// </summary>
internal static class GraphLinker
{
    public static void Link(ReadContext context)
    {
        var process = context.Process;
        var outgoing = new Dictionary<FlowNode, List<SequenceFlow>>();
        var boundaries = new Dictionary<FlowNode, List<BoundaryEventNode>>();
        foreach (var flow in process.Flows)
        {
            var source = Find(context, flow, flow.SourceRef, "sourceRef");
            var target = Find(context, flow, flow.TargetRef, "targetRef");
            if (source is null || target is null)
            {
                continue;
            }

            if (source.Parent != target.Parent)
            {
                context.Problem(flow.DocumentOrder, flow.Id, "sequenceFlow", "a sequence flow may not cross a sub-process boundary");
                continue;
            }

            flow.Source = source;
            flow.Target = target;
            target.IncomingCount++;
            if (!outgoing.TryGetValue(source, out var list))
            {
                outgoing[source] = list = [];
            }

            list.Add(flow);
        }

        foreach (var node in process.NodesById.Values)
        {
            node.Outgoing = outgoing.TryGetValue(node, out var flows) ? [.. flows] : [];
            switch (node)
            {
                case BoundaryEventNode boundary:
                    Attach(context, boundary, boundaries);
                    break;
                case GatewayNode { DefaultFlowId: { } defaultId } gateway:
                    gateway.DefaultFlow = Array.Find(gateway.Outgoing, f => f.Id == defaultId);
                    if (gateway.DefaultFlow is null)
                    {
                        context.Problem(gateway.DocumentOrder, gateway.Id, gateway.ElementType,
                            $"default flow '{defaultId}' is not an outgoing flow of the gateway");
                    }

                    break;
            }
        }

        foreach (var (activity, list) in boundaries)
        {
            activity.Boundaries = [.. list.OrderBy(b => b.DocumentOrder)];
        }

        Describe(process);
    }

    private static FlowNode? Find(ReadContext context, SequenceFlow flow, string reference, string attribute)
    {
        if (context.Process.NodesById.TryGetValue(reference, out var node))
        {
            return node;
        }

        context.Problem(flow.DocumentOrder, flow.Id, "sequenceFlow", $"{attribute} '{reference}' names no flow node");
        return null;
    }

    private static void Attach(ReadContext context, BoundaryEventNode boundary, Dictionary<FlowNode, List<BoundaryEventNode>> boundaries)
    {
        if (boundary.AttachedToRef is null
            || !context.Process.NodesById.TryGetValue(boundary.AttachedToRef, out var host)
            || host is not ActivityNode activity
            || host.Parent != boundary.Parent)
        {
            context.Problem(boundary.DocumentOrder, boundary.Id, boundary.ElementType,
                $"attachedToRef '{boundary.AttachedToRef}' names no activity in the same scope");
            return;
        }

        boundary.AttachedTo = activity;
        if (!boundaries.TryGetValue(activity, out var list))
        {
            boundaries[activity] = list = [];
        }

        list.Add(boundary);
    }

    private static void Describe(ProcessDefinition process)
    {
        var elements = new List<ProcessElementInfo>();
        var starts = new List<StartEventInfo>();
        foreach (var node in process.NodesById.Values.OrderBy(n => n.DocumentOrder))
        {
            elements.Add(new ProcessElementInfo(node.Id, node.ElementType, node.Name, node.Parent?.Id));
            if (node is StartEventNode start)
            {
                if (node.Parent is { } sub)
                {
                    sub.StartEvent ??= start.Trigger.Kind == EventKind.None ? start : null;
                    continue;
                }

                var kind = start.Trigger.Kind switch
                {
                    EventKind.Message => StartEventKind.Message,
                    EventKind.Timer => StartEventKind.Timer,
                    _ => StartEventKind.None,
                };
                starts.Add(new StartEventInfo(start.Id, start.Name, kind, start.Trigger.MessageName, start.Trigger.Timer?.Value.Text));
            }
        }

        process.Elements = elements;
        process.StartEvents = starts;
    }
}
