using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>
/// Spoils a valid body: one field replaced by a hostile value (wrong type, huge, odd Unicode), one field removed,
/// an unknown field added, or the whole body replaced by something that is not the expected JSON at all.
/// </summary>
internal static partial class BodyMutations
{
    private static readonly byte[][] WholeBodies =
    [
        [], "null"u8.ToArray(), "[]"u8.ToArray(), "\"text\""u8.ToArray(), "42"u8.ToArray(), "{"u8.ToArray(),
        "{\"a\":"u8.ToArray(), "{\"a\":1,}"u8.ToArray(), "{\"a\":1 /* c */}"u8.ToArray(), [0xC3, 0x28, 0xFF, 0xFE],
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("[", 5_000)) + string.Concat(Enumerable.Repeat("]", 5_000))),
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200)),
        Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', 900_000) + "\"}"),
        Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', 2 * 1024 * 1024) + "\"}"),
        Encoding.UTF8.GetBytes("{\"__proto__\":{\"admin\":true},\"constructor\":{}}"),
    ];

    public static Gen<byte[]> Mutate(JsonNode? valid) => Gen.Frequency(
        (1, Gen.Int[0, 0].Select(_ => Serialize(valid?.DeepClone()))),
        (6, FieldMutation(valid)),
        (2, Gen.Int[0, WholeBodies.Length - 1].Select(i => WholeBodies[i])));

    public static Gen<byte[]> Hostile { get; } = Gen.Frequency(
        (1, Gen.Int[0, WholeBodies.Length - 1].Select(i => WholeBodies[i])),
        (1, HostileValues.Value.Select(v => Serialize(new JsonObject { ["unexpected"] = v }))));

    private static Gen<byte[]> FieldMutation(JsonNode? valid)
    {
        var slots = Slots(valid?.DeepClone()).Count;
        if (slots == 0)
        {
            return HostileValues.Value.Select(Serialize);
        }

        return Gen.Select(Gen.Int[0, slots - 1], Gen.Int[0, 2], HostileValues.Value, (slot, action, hostile) =>
        {
            var copy = valid!.DeepClone();
            var (container, key, index) = Slots(copy)[slot];
            switch (action, container)
            {
                case (0, JsonObject o):
                    o[key!] = hostile;
                    break;
                case (0, JsonArray a):
                    a[index] = hostile;
                    break;
                case (1, JsonObject o):
                    o.Remove(key!);
                    break;
                case (1, JsonArray a):
                    a.RemoveAt(index);
                    break;
                case (_, JsonObject o):
                    o["unexpected" + slot] = hostile;
                    break;
                case (_, JsonArray a):
                    a.Add(hostile);
                    break;
            }

            return Serialize(copy);
        });
    }

    /// <summary>Every place a value sits in the tree, depth first; the root itself when it is a scalar is none.</summary>
    private static List<(JsonNode Container, string? Key, int Index)> Slots(JsonNode? root)
    {
        var slots = new List<(JsonNode, string?, int)>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o.ToList())
                    {
                        slots.Add((o, key, -1));
                        Walk(value);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        slots.Add((a, null, i));
                        Walk(a[i]);
                    }

                    break;
            }
        }

        Walk(root);
        return slots;
    }

    private static byte[] Serialize(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return Encoding.UTF8.GetBytes(RawLiteral().Replace(text, m => m.Groups[1].Value));
    }

    [GeneratedRegex("\"\\\\u0001raw:([^\"]*)\"")]
    private static partial Regex RawLiteral();
}
