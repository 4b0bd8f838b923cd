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
    public void Register_RefusesNonHttpUrlsAndCredentials_KeepsTheCaseTypeFilter()
    {
        var now = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
        Assert.Throws<Errors.BusinessRuleException>(() => WebhookSubscription.Register(Guid.NewGuid(), Guid.NewGuid(), "/HQ/", "ftp://x.test/", [], now));
        Assert.Throws<Errors.BusinessRuleException>(() => WebhookSubscription.Register(Guid.NewGuid(), Guid.NewGuid(), "/HQ/", "https://u:p@x.test/", [], now));
        var hook = WebhookSubscription.Register(Guid.NewGuid(), Guid.NewGuid(), "/HQ/", "https://x.test/h", ["order", "claim", "claim"], now);
        Assert.StartsWith("whsec_", hook.Secret);
        Assert.Equal(["claim", "order"], hook.CaseTypeFilter);
        Assert.True(hook.Wants("claim"));
        Assert.False(hook.Wants("return"));
    }
}
