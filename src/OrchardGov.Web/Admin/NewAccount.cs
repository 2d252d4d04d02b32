namespace OrchardGov.Web.Admin;

/// <summary>An account just created, with the generated password that is shown this once.</summary>
public sealed record NewAccount(string UserName, string Password);
