using Microsoft.AspNetCore.Http.Features;

namespace EduRelief.Host.Demo.InProcess;

internal sealed class RequestBodyDetection(bool canHaveBody) : IHttpRequestBodyDetectionFeature
{
    public bool CanHaveBody => canHaveBody;
}
