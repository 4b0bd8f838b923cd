using Microsoft.AspNetCore.DataProtection;
using WorkflowDms.Application.Webhooks;

namespace WorkflowDms.Host.Security;

/// <summary>
/// Webhook signing secrets encrypted with ASP.NET Core Data Protection under their own purpose string, stored as
/// <c>dp1:&lt;payload&gt;</c>. A value without the prefix is a secret stored before protection existed: it is used
/// as it is (so existing receivers keep verifying) until the fan-out protects it in place. ADR 0012.
/// </summary>
internal sealed class DataProtectionWebhookSecrets(IDataProtectionProvider provider) : IWebhookSecretProtector
{
    private const string Prefix = "dp1:";

    private readonly IDataProtector protector = provider.CreateProtector("WorkflowDms.Webhooks.SigningSecret.v1");

    public string Protect(string secret) => Prefix + protector.Protect(secret);

    public string Unprotect(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return IsProtected(stored) ? protector.Unprotect(stored[Prefix.Length..]) : stored;
    }

    public bool IsProtected(string stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;
}
