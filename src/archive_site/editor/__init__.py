"""What editors use beside the build: a preview that rebuilds on every save
(`build.py serve`), and adding a document (`build.py new PATH`)."""
