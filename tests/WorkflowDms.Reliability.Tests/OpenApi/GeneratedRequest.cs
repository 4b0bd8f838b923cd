using System.Text;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>One generated request: what is sent, and a short description to name it in a failure.</summary>
internal sealed record GeneratedRequest(string Method, string Url, byte[]? Body, string? ContentType, string? IdempotencyKey)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (IdempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKey);
        }

        return message;
    }

    public override string ToString()
    {
        var body = Body is null ? "(no body)" : Encoding.UTF8.GetString(Body);
        return $"{Method} {Shorten(Url)} [{ContentType}] key={Shorten(IdempotencyKey ?? "-")} {Shorten(body)}";
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : $"{text[..300]}… ({text.Length} chars)";
}
