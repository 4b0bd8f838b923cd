using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowDms.Engine.Execution;

/// <summary>
/// Reads variables back as JSON-shaped CLR values (not <see cref="JsonElement"/>), writes them as plain JSON.
/// Integers come back as long, numbers with a fraction as decimal (a double that survives as decimal compares equal).
/// </summary>
internal sealed class VariableJsonConverter : JsonConverter<object>
{
    public override bool HandleNull => true;

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return VariableValues.FromJson(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case decimal m when m.Scale == 0:
                // "500.0", not "500": a whole decimal must not come back as a long.
                writer.WriteRawValue(m.ToString(CultureInfo.InvariantCulture) + ".0");
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case double d:
                writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, options);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            default:
                Write(writer, VariableValues.Normalize(value), options);
                break;
        }
    }
}
