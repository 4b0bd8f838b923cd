using System.Text.Json.Nodes;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>The starting inputs the mutations work from: real BPMN files and the shipped rule sets and expressions.</summary>
internal static class FuzzSeeds
{
    /// <summary>The shared samples (camunda, flowable, MIWG, bpmn-engine, the XXE file) and the shipped workflows.</summary>
    public static IReadOnlyList<string> Bpmn { get; } = LoadBpmn();

    /// <summary>The shipped rule sets: (file name, JSON text).</summary>
    public static IReadOnlyList<(string FileName, string Json)> RuleSets { get; } =
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "rules"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];

    /// <summary>Every rule expression of the shipped rule sets, with its rule set's name.</summary>
    public static IReadOnlyList<(string RuleSet, string Expression)> Expressions { get; } = LoadExpressions();

    private static List<string> LoadBpmn()
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "workflows"), "*.bpmn").ToList();
        if (Directory.Exists(Repository.SharedBpmnSamples))
        {
            files.AddRange(Directory.EnumerateFiles(Repository.SharedBpmnSamples, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".bpmn", StringComparison.Ordinal) || f.EndsWith(".bpmn20.xml", StringComparison.Ordinal)));
        }

        return [.. files.Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    private static List<(string, string)> LoadExpressions()
    {
        var expressions = new List<(string, string)>();
        foreach (var (fileName, json) in RuleSets)
        {
            var name = Path.GetFileNameWithoutExtension(fileName);
            void Walk(JsonNode? node)
            {
                switch (node)
                {
                    case JsonObject o:
                        foreach (var (key, value) in o)
                        {
                            if (key == "Expression" && value is JsonValue v && v.TryGetValue<string>(out var text))
                            {
                                expressions.Add((name, text));
                            }

                            Walk(value);
                        }

                        break;
                    case JsonArray a:
                        foreach (var item in a)
                        {
                            Walk(item);
                        }

                        break;
                }
            }

            Walk(JsonNode.Parse(json));
        }

        return expressions;
    }
}
