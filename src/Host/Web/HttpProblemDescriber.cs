using EduRelief.Host.Http;
using EduRelief.Web.Requests;
using Microsoft.AspNetCore.Http;

namespace EduRelief.Host.Web;

/// <summary>A page's refusal in the words of the HTTP problem the same refusal gets (<see cref="ProblemExceptionHandler"/>).</summary>
internal sealed class HttpProblemDescriber : IProblemDescriber
{
    public PageProblem? Describe(Exception exception)
    {
        var problem = ProblemExceptionHandler.Describe(exception);
        if (problem.Status is null or >= StatusCodes.Status500InternalServerError)
        {
            return null;
        }

        var fields = problem is HttpValidationProblemDetails validation
            ? validation.Errors.ToDictionary(e => e.Key, e => e.Value)
            : new Dictionary<string, string[]>();
        return new PageProblem(problem.Detail ?? problem.Title ?? string.Empty, fields);
    }
}
