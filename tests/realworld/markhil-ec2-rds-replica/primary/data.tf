# DR resources are now referenced via outputs from the DR module
