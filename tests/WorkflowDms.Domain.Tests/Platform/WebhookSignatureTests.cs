using System.Security.Cryptography;
using System.Text;
using WorkflowDms.Domain.Integration;

namespace WorkflowDms.Domain.Tests.Platform;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Sign_IsHmacSha256OfTimestampDotBody_HexWithVersionPrefix()
    {
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("whsec_x"), Encoding.UTF8.GetBytes("1700000000.{\"a\":1}")));
        Assert.Equal(expected, WebhookSignature.Sign("whsec_x", 1700000000, "{\"a\":1}"));
    }

    [Fact]
    public void Verify_RefusesAnotherBodyTimestampOrSecret()
    {
        var signature = WebhookSignature.Sign("whsec_x", 1700000000, "{}");
        Assert.True(WebhookSignature.Verify("whsec_x", 1700000000, "{}", signature));
        Assert.False(WebhookSignature.Verify("whsec_x", 1700000000, "{ }", signature));
        Assert.False(WebhookSignature.Verify("whsec_x", 1700000001, "{}", signature));
        Assert.False(WebhookSignature.Verify("whsec_y", 1700000000, "{}", signature));
    }

    [Fact]
    public void Register_RefusesNonHttpUrlsAndCredentials_KeepsTheCaseTypeFilterAndTheProtectedSecret()
    {
        var now = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
        Assert.Throws<Errors.BusinessRuleException>(() => WebhookSubscription.Register(Guid.NewGuid(), Guid.NewGuid(), "/HQ/", "ftp://x.test/", [], "p", now));
        Assert.Throws<Errors.BusinessRuleException>(() => WebhookSubscription.Register(Guid.NewGuid(), Guid.NewGuid(), "/HQ/", "https://u:p@x.test/", [], "p", now));
        var hook = WebhookSubscription.Register(Guid.NewGuid(), Guid.NewGuid(), "/HQ/", "https://x.test/h", ["order", "claim", "claim"], "protected-1", now);
        Assert.Equal("protected-1", hook.ProtectedSecret);
        Assert.Equal(["claim", "order"], hook.CaseTypeFilter);
        Assert.True(hook.Wants("claim"));
        Assert.False(hook.Wants("return"));
    }

    [Fact]
    public void NewSecret_Is256RandomBits_RotationReplacesIt_ARemovedHookCannotRotate()
    {
        var now = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
        var secret = WebhookSubscription.NewSecret();
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(6 + 43, secret.Length);
        Assert.NotEqual(secret, WebhookSubscription.NewSecret());

        var hook = WebhookSubscription.Register(Guid.NewGuid(), Guid.NewGuid(), "/HQ/", "https://x.test/h", [], "protected-1", now);
        hook.RotateSecret("protected-2", now.AddDays(1));
        Assert.Equal(("protected-2", now.AddDays(1)), (hook.ProtectedSecret, hook.SecretRotatedAt));
        hook.Deactivate(now.AddDays(2));
        Assert.Equal("webhook-removed", Assert.Throws<Errors.BusinessRuleException>(() => hook.RotateSecret("protected-3", now.AddDays(3))).Code);
    }
}
