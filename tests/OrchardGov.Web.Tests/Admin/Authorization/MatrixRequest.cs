namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>
/// A request ready to send, on the session it goes with; everything it needed to exist (a fresh session, a column
/// to remove) was made before, so a fingerprint taken now shows only what the request itself changes.
/// </summary>
public sealed class MatrixRequest(AdminClient client, HttpRequestMessage message, bool ownsClient) : IDisposable
{
    public HttpRequestMessage Message => message;

    public Task<HttpResponseMessage> SendAsync() => client.Http.SendAsync(message);

    public void Dispose()
    {
        message.Dispose();
        if (ownsClient)
        {
            client.Dispose();
        }
    }
}
