using Xunit.Abstractions;

namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>
/// An operation's <see cref="AdminRoute.Key"/> as a theory argument. The runner cuts plain strings to 50 characters
/// in test names; this shows the whole route, so a failure names it.
/// </summary>
public sealed class RouteName : IXunitSerializable
{
    public RouteName()
    {
    }

    public RouteName(string key) => Key = key;

    public string Key { get; private set; } = "";

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Key), Key);

    public void Deserialize(IXunitSerializationInfo info) => Key = info.GetValue<string>(nameof(Key));

    public override string ToString() => Key;
}
