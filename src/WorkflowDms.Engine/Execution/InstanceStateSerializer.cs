using System.Text.Json;

namespace WorkflowDms.Engine.Execution;

/// <summary>Stores and loads <see cref="InstanceState"/> as JSON (System.Text.Json), e.g. in one text column.</summary>
public static class InstanceStateSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new VariableJsonConverter() },
        WriteIndented = false,
    };

    /// <summary>Serializes a state to JSON.</summary>
    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>Reads a state written by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The text is not a serialized instance state.</exception>
    public static InstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, Options) ?? throw new JsonException("the JSON is null, not an instance state");
}
