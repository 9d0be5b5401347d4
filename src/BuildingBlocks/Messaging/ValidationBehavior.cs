using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.BuildingBlocks.Messaging;

/// <summary>Runs every validator registered for the request; any error stops the request before its handler runs.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var errors = new ValidationErrors();
        foreach (var validator in validators)
        {
            validator.Validate(request, errors);
        }

        errors.ThrowIfAny();
        return next();
    }
}
