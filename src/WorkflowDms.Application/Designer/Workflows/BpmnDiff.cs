namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>Compares two versions of a process element by element, keyed by BPMN id.</summary>
internal static class BpmnDiff
{
    public static WorkflowDiffView Compare(int fromVersion, BpmnElementMap from, int toVersion, BpmnElementMap to)
    {
        var added = to.Elements.Where(e => !from.Elements.ContainsKey(e.Key))
            .Select(e => new DiffElementView(e.Key, e.Value.Type, e.Value.Name)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var removed = from.Elements.Where(e => !to.Elements.ContainsKey(e.Key))
            .Select(e => new DiffElementView(e.Key, e.Value.Type, e.Value.Name)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var changed = new List<ChangedElementView>();
        foreach (var (id, before) in from.Elements.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!to.Elements.TryGetValue(id, out var after))
            {
                continue;
            }

            var changes = Changes(before, after);
            if (changes.Count > 0)
            {
                changed.Add(new ChangedElementView(id, after.Type, after.Name, changes));
            }
        }

        return new WorkflowDiffView(fromVersion, toVersion, added, removed, changed);
    }

    private static List<AttributeChangeView> Changes(MappedElement before, MappedElement after)
    {
        var changes = new List<AttributeChangeView>();
        if (before.Type != after.Type)
        {
            changes.Add(new AttributeChangeView("type", before.Type, after.Type));
        }

        foreach (var key in before.Attributes.Keys.Union(after.Attributes.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.Attributes.GetValueOrDefault(key);
            var now = after.Attributes.GetValueOrDefault(key);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new AttributeChangeView(key, old, now));
            }
        }

        return changes;
    }
}
