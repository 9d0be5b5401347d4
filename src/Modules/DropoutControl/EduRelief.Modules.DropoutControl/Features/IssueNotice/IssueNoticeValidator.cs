using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.IssueNotice;

internal sealed class IssueNoticeValidator : IValidator<IssueNoticeCommand>
{
    public void Validate(IssueNoticeCommand request, ValidationErrors errors)
    {
        errors.Date("issuedOn", request.IssuedOn);
        errors.Date("returnBy", request.ReturnBy);
    }
}
