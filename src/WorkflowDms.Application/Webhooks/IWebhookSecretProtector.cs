namespace WorkflowDms.Application.Webhooks;

/// <summary>
/// Keeps webhook signing secrets encrypted at rest (the host implements it with ASP.NET Core Data Protection, see
/// docs/adr/0012-webhook-security.md). <see cref="Unprotect"/> also reads a secret stored in plain text before
/// protection existed, and <see cref="IsProtected"/> tells such a legacy value apart so it can be protected in place.
/// </summary>
public interface IWebhookSecretProtector
{
    string Protect(string secret);

    string Unprotect(string stored);

    bool IsProtected(string stored);
}
