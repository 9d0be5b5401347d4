using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.OpenCampaign;

internal sealed class OpenCampaignValidator : IValidator<OpenCampaignCommand>
{
    public void Validate(OpenCampaignCommand request, ValidationErrors errors)
    {
        errors.Code("code", request.Code);
        errors.Year("year", request.Year);
        errors.Name("name", request.Name, 200);
        if (request.Posts is null or { Count: 0 })
        {
            errors.Add("posts", new UserText("至少需要一所学校的岗位", "needs the posts of at least one school"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Posts.Count; i++)
        {
            var post = request.Posts[i];
            errors.Code($"posts[{i}].schoolCode", post.SchoolCode);
            errors.Positive($"posts[{i}].count", post.Count, 10_000);
            if (post.SchoolCode is { Length: > 0 } code && !seen.Add(code.Trim()))
            {
                errors.Add($"posts[{i}].schoolCode", TeacherText.SchoolTwice(code.Trim()));
            }
        }
    }
}
