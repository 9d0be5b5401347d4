namespace EduRelief.SharedKernel.Validation;

/// <summary>Checks one kind of request before its handler runs; the pipeline turns the errors into a 400 problem.</summary>
public interface IValidator<in TRequest>
{
    void Validate(TRequest request, ValidationErrors errors);
}
