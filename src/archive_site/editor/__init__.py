"""What editors use beside the build: a preview that rebuilds on every save
(`build.py serve`), adding a document (`build.py new PATH`), and the commands that
show what the parser understood and record what the build asks for (`explain`, `names`,
`revise`)."""
