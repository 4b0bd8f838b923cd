using WorkflowDms.Domain.Dealers;

namespace WorkflowDms.Domain.Tests.Dealers;

public class ApiKeyHasherTests
{
    [Fact]
    public void Hash_IsLowerHexSha256OfTheKey() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeyHasher.Hash("abc"));

    [Fact]
    public void Verify_AcceptsOnlyTheMatchingKey()
    {
        var key = ApiKeyHasher.NewKey();
        var hash = ApiKeyHasher.Hash(key);

        Assert.True(ApiKeyHasher.Verify(key, hash));
        Assert.True(ApiKeyHasher.Verify(key, hash.ToUpperInvariant()));
        Assert.False(ApiKeyHasher.Verify(key + "x", hash));
        Assert.False(ApiKeyHasher.Verify(key, "not-hex"));
        Assert.False(ApiKeyHasher.Verify(key, hash[..^2]));
    }

    [Fact]
    public void NewKey_IsPrefixedRandomAndUrlSafe()
    {
        var a = ApiKeyHasher.NewKey();
        var b = ApiKeyHasher.NewKey();

        Assert.StartsWith(ApiKeyHasher.Prefix, a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);
        Assert.Matches("^wdk_[A-Za-z0-9_-]{43}$", a);
    }

    [Fact]
    public void ApiKey_Issue_StoresOnlyTheHashAndRevokeKeepsFirstTime()
    {
        var key = ApiKey.Issue(Guid.NewGuid(), Guid.NewGuid(), "wdk_secret", "DMS", TestData.Now);

        Assert.Equal(ApiKeyHasher.Hash("wdk_secret"), key.KeyHash);
        Assert.True(key.IsActive);
        key.Revoke(TestData.Now.AddDays(1));
        key.Revoke(TestData.Now.AddDays(2));
        Assert.Equal(TestData.Now.AddDays(1), key.RevokedAt);
        Assert.False(key.IsActive);
    }
}
