namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>The matrix's tests share one portal and run one at a time, so a request's before-and-after is its own.</summary>
[CollectionDefinition(Name)]
public sealed class AuthorizationMatrixCollection : ICollectionFixture<AuthorizationMatrixFixture>
{
    public const string Name = "Authorization matrix";
}
